/** Ambassadors: contact persons appointed for a programme for a term. */
package nl.aanjager.ambassadors;
