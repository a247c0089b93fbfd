/**
 * The rules of sending, as plain Java: when a failed delivery is tried again, and how a
 * webhook body is signed so that its receiver can check it came from this Mamori.
 */
package dev.mamori.notification.delivery;
