-- placeholder, replaced by its change
select 1;
