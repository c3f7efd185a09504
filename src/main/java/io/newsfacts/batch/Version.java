package io.newsfacts.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name and version, from the build. */
public final class Version {

  private Version() {}

  public static String number() {
    try (InputStream in = Version.class.getResourceAsStream("/io/newsfacts/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  public static String text() {
    return "newsfacts " + number();
  }
}
