/** The funnel: append-only stage records, the only writer of them, and the derived position. */
package nl.aanjager.funnel;
