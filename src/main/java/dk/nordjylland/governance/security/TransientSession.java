package dk.nordjylland.governance.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A session that lives for one request and is never stored (see WebappSessionFilter). */
final class TransientSession implements HttpSession {

  private final Map<String, Object> attributes = new HashMap<>();
  private final long createdAt = System.currentTimeMillis();
  private final String id = UUID.randomUUID().toString();
  private final ServletContext context;
  private int maxInactiveInterval;

  TransientSession(ServletContext context) {
    this.context = context;
  }

  @Override public long getCreationTime() { return createdAt; }
  @Override public String getId() { return id; }
  @Override public long getLastAccessedTime() { return createdAt; }
  @Override public ServletContext getServletContext() { return context; }
  @Override public void setMaxInactiveInterval(int interval) { maxInactiveInterval = interval; }
  @Override public int getMaxInactiveInterval() { return maxInactiveInterval; }
  @Override public Object getAttribute(String name) { return attributes.get(name); }
  @Override public Enumeration<String> getAttributeNames() { return Collections.enumeration(attributes.keySet()); }
  @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
  @Override public void removeAttribute(String name) { attributes.remove(name); }
  @Override public void invalidate() { attributes.clear(); }
  @Override public boolean isNew() { return true; }
}
