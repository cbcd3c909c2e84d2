package org.paniercommun.basket;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Financeur of solidarity baskets (agglomeration, CCAS, State, endowment fund…), with an optional monthly envelope. */
@Entity
@Table(name = "basket_funders")
public class Funder extends PanacheEntity {

    public String name;

    /** Where statements can be sent. */
    public String email;

    /** What the funder may spend per calendar month on basket shares; null = no envelope. */
    @Column(name = "monthly_budget_cents")
    public Long monthlyBudgetCents;

    @Version
    public long version;
}
