package com.example.app.application.order;

import com.example.app.application.customer.CustomerNotes;

/** Breaks noCyclesBetweenAreas (with CustomerNotes): application order -> customer -> order. */
public record OrderNotes(CustomerNotes customer) {
}
