-- Promise results and value delivered, from the CRM's export (already in the long shape).
-- Read as text, so "88%" and "98,000" are read exactly as `import` reads them.
select account, metric, quarter, value, note
from read_csv('../exports/crm-results.csv', all_varchar = true)
