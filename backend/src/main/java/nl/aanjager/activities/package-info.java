/** Activities: what partners do with companies, the needs they surface, and the stage they credit. */
package nl.aanjager.activities;
