package com.example.app.domain.customer;

import com.example.app.adapters.persistence.customer.InMemoryCustomers;

/** Breaks domainIsIndependent: the domain knows an adapter. */
public record CustomerRecord(InMemoryCustomers store) {
}
