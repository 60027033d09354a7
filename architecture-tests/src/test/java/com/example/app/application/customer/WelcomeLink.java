package com.example.app.application.customer;

import com.example.app.adapters.web.customer.CustomerHandler;

/** Breaks applicationDoesNotDependOnAdapters: the application knows the web adapter. */
public record WelcomeLink(Class<CustomerHandler> handler) {
}
