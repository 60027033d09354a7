package com.example.app.adapters.persistence.customer;

import com.example.app.application.customer.port.out.Customers;
import com.example.app.domain.customer.Customer;
import com.example.app.domain.customer.CustomerId;
import java.util.Optional;

/** Breaks the convention "out-port adapters in persistence are named InMemory*". */
public final class CustomerStore implements Customers {

    @Override
    public void add(Customer customer) {
        throw new UnsupportedOperationException("a fixture");
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return Optional.empty();
    }

    @Override
    public int count() {
        return 0;
    }
}
