package com.example.app.adapters.persistence.customer;

import com.example.app.application.customer.port.out.Customers;
import com.example.app.domain.customer.Customer;
import com.example.app.domain.customer.CustomerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Customers in memory. */
public final class InMemoryCustomers implements Customers {

    private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();

    @Override
    public void add(Customer customer) {
        customers.put(customer.id(), customer);
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public int count() {
        return customers.size();
    }
}
