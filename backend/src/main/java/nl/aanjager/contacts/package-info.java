/** Contact persons: personal data with consent, scoped per partner, exportable and erasable. */
package nl.aanjager.contacts;
