package vn.motcua.dossier;

/** How a dossier reached the province: at a counter, online through the portal, or by post. */
public enum Channel {
  COUNTER,
  ONLINE,
  POST
}
