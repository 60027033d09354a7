package com.example.app.adapters.web.customer;

import com.example.app.application.customer.CustomerService;

/** Breaks adaptersDoNotDependOnServices: the web adapter calls the service, not its in-port. */
public record CustomerForm(CustomerService service) {
}
