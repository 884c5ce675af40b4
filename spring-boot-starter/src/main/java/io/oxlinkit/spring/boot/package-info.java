/** Spring Boot auto-configuration of the kit: properties, beans that back off, Actuator, Micrometer, the fleet's rounds. */
package io.oxlinkit.spring.boot;
