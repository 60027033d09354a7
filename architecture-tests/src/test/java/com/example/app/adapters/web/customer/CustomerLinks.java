package com.example.app.adapters.web.customer;

import com.example.app.adapters.web.order.OrderLinks;

/** Breaks noCyclesBetweenAreas (with OrderLinks): web customer -> order -> customer. */
public interface CustomerLinks {

    OrderLinks orders();
}
