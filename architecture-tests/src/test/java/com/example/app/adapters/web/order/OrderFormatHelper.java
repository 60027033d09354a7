package com.example.app.adapters.web.order;

/** Breaks the convention "no vague names". */
public final class OrderFormatHelper {

    private OrderFormatHelper() {
    }
}
