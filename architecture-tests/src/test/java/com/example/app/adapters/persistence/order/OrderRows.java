package com.example.app.adapters.persistence.order;

import com.example.app.adapters.persistence.customer.CustomerRows;

/** Breaks noCyclesBetweenAreas (with CustomerRows): persistence order -> customer -> order. */
public record OrderRows(CustomerRows customer) {
}
