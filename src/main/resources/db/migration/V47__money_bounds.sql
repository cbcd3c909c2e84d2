-- Every amount a person types or sends is at most 1,000,000 € either way (web.Money.MAX_CENTS), checked where it comes
-- in with a French message; these constraints back the rule where a row holds money. NOT VALID: they hold for every
-- row written from now on without rewriting the past (a row stored before the rule is left for a person to look at).
alter table fund_entries add constraint fund_entries_amount_bounded
    check (amount_cents between -100000000 and 100000000) not valid;
alter table statement_adjustments add constraint statement_adjustments_amount_bounded
    check (amount_cents between -100000000 and 100000000) not valid;
alter table round_amounts add constraint round_amounts_amount_bounded
    check (amount_cents <= 100000000) not valid;
alter table cash_counts add constraint cash_counts_counted_bounded
    check (counted_cents <= 100000000) not valid;
alter table payments add constraint payments_amount_bounded
    check (amount_cents between -100000000 and 100000000) not valid;
alter table basket_funders add constraint basket_funders_budget_bounded
    check (monthly_budget_cents <= 100000000) not valid;
alter table basket_offers add constraint basket_offers_value_bounded
    check (value_cents <= 100000000) not valid;
alter table basket_handouts add constraint basket_handouts_paid_bounded
    check (paid_cents <= 100000000) not valid;
alter table memberships add constraint memberships_amount_bounded
    check (amount_cents <= 100000000) not valid;
