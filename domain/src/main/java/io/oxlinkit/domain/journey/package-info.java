/** The journey: a pure state machine per connection answering "what does the user do next?". */
package io.oxlinkit.domain.journey;
