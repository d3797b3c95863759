/** Outcomes: what the support led to per company (jobs, investment, measures), for reports and targets. */
package nl.aanjager.outcomes;
