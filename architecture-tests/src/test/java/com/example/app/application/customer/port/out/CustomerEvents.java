package com.example.app.application.customer.port.out;

import com.example.app.application.customer.CustomerService;

/** Breaks portsDoNotDependOnServices: an out-port names a service. */
public interface CustomerEvents {

    void registeredBy(CustomerService service);
}
