/** The company timeline: a read model over activities, referrals, the funnel and the audit trail. */
package nl.aanjager.timeline;
