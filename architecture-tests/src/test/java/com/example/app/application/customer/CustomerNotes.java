package com.example.app.application.customer;

import com.example.app.application.order.OrderNotes;

/** Breaks noCyclesBetweenAreas (with OrderNotes): application customer -> order -> customer. */
public interface CustomerNotes {

    OrderNotes orders();
}
