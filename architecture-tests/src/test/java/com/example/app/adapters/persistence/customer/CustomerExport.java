package com.example.app.adapters.persistence.customer;

import com.example.app.adapters.web.customer.CustomerHandler;

/** Breaks adaptersDoNotDependOnEachOther: the persistence adapter knows the web adapter. */
public record CustomerExport(CustomerHandler handler) {
}
