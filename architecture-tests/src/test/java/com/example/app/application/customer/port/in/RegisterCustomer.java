package com.example.app.application.customer.port.in;

import com.example.app.domain.customer.CustomerId;

/** Use case: a new customer. */
public interface RegisterCustomer {

    CustomerId register(String name);
}
