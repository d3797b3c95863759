/** SMEs (ondernemingen): identity by KvK number, search, likely duplicates and merging. */
package nl.aanjager.companies;
