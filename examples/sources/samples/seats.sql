-- Licensed and active seats, from the helpdesk's wide export (';' and decimal commas),
-- turned into one row per figure.
unpivot (
  select Account as account, Quarter as quarter, columns(c -> c like 'adoption.%')
  from read_csv('../exports/helpdesk-seats.csv', delim = ';', decimal_separator = ',')
)
on columns(c -> c like 'adoption.%')
into name metric value value
