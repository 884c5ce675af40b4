/** OXLIN's widget (webview) mode: options, their rules, and the widget address. */
package io.oxlinkit.domain.widget;
