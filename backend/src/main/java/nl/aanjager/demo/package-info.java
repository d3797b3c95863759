/** Demo data for the local run; switched on by aanjager.demo-data.enabled. */
package nl.aanjager.demo;
