package com.example.app.adapters.web.order;

import com.example.app.adapters.web.customer.CustomerLinks;

/** Breaks noCyclesBetweenAreas (with CustomerLinks): web order -> customer -> order. */
public record OrderLinks(CustomerLinks customer) {
}
