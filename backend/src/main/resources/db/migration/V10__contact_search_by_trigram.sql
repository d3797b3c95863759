-- The contact list: its search (q) matches names and e-mail addresses anywhere in the text, and
-- without the trigram indexes it read every contact (0.7 s at 400,000 people); its pages come in
-- name order, which a partner's list (the people it may see) can now walk instead of sorting them
-- all (perf/partner-scope.sh).
create index contact_name_trgm on contact using gin (lower(name) gin_trgm_ops);
create index contact_email_trgm on contact using gin (lower(email) gin_trgm_ops);
create index contact_name_order on contact (name, id);
