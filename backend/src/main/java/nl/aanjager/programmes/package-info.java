/** Programmes, their ordered funnel stages and their targets. */
package nl.aanjager.programmes;
