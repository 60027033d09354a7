package com.example.app.application.order;

import com.example.app.configuration.OrdersApplication;

/** Breaks applicationDoesNotDependOnAdapters: the application knows the composition root. */
public record OrderSettings(Class<OrdersApplication> application) {
}
