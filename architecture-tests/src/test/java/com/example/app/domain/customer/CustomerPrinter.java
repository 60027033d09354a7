package com.example.app.domain.customer;

/** Breaks the convention "the core uses no standard stream": the domain prints. */
public final class CustomerPrinter {

    private CustomerPrinter() {
    }

    public static void print(Customer customer) {
        System.out.println(customer.name());
    }
}
