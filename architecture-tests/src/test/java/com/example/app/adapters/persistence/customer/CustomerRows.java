package com.example.app.adapters.persistence.customer;

import com.example.app.adapters.persistence.order.OrderRows;

/** Breaks noCyclesBetweenAreas (with OrderRows): persistence customer -> order -> customer. */
public interface CustomerRows {

    OrderRows orders();
}
