/** Reports: the funnel, progress to targets, breakdowns, events, partners, outcomes and needs — JSON, CSV, Excel. */
package nl.aanjager.reports;
