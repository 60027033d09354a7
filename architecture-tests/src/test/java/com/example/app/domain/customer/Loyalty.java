package com.example.app.domain.customer;

import com.example.app.domain.order.Discount;

/** Breaks noCyclesBetweenAreas (with Discount): domain customer -> order -> customer. */
public interface Loyalty {

    Discount discount();
}
