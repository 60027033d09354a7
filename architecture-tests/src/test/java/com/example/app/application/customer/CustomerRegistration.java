package com.example.app.application.customer;

import com.example.app.application.customer.port.in.RegisterCustomer;
import com.example.app.domain.customer.CustomerId;

/** Breaks the convention "use-case implementations are named *Service". */
public final class CustomerRegistration implements RegisterCustomer {

    @Override
    public CustomerId register(String name) {
        return new CustomerId(name);
    }
}
