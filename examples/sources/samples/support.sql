-- The quarter's support figures, computed from the helpdesk's tickets (an extract in Parquet):
-- resolved = tickets closed; a CSAT is the mean of the surveys answered (NULL ones left out).
with per_quarter as (
  select
    account,
    strftime(opened_at, '%Y') || '-Q' || quarter(opened_at) as quarter,
    count(*)::double as tickets,
    count(resolved_at)::double as resolved,
    count(*) filter (where sla_breached)::double as sla_breaches,
    round(avg(first_response_hours), 1) as first_response_hours,
    round(avg(csat), 1) as csat
  from read_parquet('tickets.parquet')
  group by all
)
select account, 'support.' || metric as metric, quarter, value
from (unpivot per_quarter on tickets, resolved, sla_breaches, first_response_hours, csat into name metric value value)
order by account, metric
