/** The partner network: organisations that inspire, inform and activate SMEs. */
package nl.aanjager.partners;
