/** Test data builders with sane defaults, and the guide's test banks. */
package io.oxlinkit.testkit.data;
