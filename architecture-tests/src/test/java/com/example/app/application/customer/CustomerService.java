package com.example.app.application.customer;

import com.example.app.application.customer.port.in.RegisterCustomer;
import com.example.app.application.customer.port.out.Customers;
import com.example.app.domain.customer.Customer;
import com.example.app.domain.customer.CustomerId;

/** The customer use cases. */
public final class CustomerService implements RegisterCustomer {

    private final Customers customers;

    public CustomerService(Customers customers) {
        this.customers = customers;
    }

    @Override
    public CustomerId register(String name) {
        CustomerId id = new CustomerId("C" + (customers.count() + 1));
        customers.add(new Customer(id, name));
        return id;
    }
}
