package com.example.app.application.customer.port.out;

import com.example.app.domain.customer.Customer;
import com.example.app.domain.customer.CustomerId;
import java.util.Optional;

/** Where customers are kept. */
public interface Customers {

    void add(Customer customer);

    Optional<Customer> find(CustomerId id);

    int count();
}
