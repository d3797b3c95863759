/** Referrals: warm handovers of a company from one partner to another, with an inbox and outbox. */
package nl.aanjager.referrals;
