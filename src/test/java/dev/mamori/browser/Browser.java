package dev.mamori.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages.
 * Without them the browser tests are skipped, unless {@code -Dmamori.requireBrowser=true}
 * (set by CI), which makes their absence a failure.
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	static ChromeDriver start() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		boolean required = Boolean.getBoolean("mamori.requireBrowser")
				|| "true".equalsIgnoreCase(System.getenv("MAMORI_REQUIRE_BROWSER"));
		if (!installed && required) {
			throw new IllegalStateException("Browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
					+ "(apt-get install -y chromium chromium-driver)");
		}
		Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed: browser test skipped");
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--disable-quic", "--window-size=1400,1000", "--lang=ja",
					"--user-data-dir=" + Files.createTempDirectory("mamori-chromium"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Clicks something that loads a new page, and waits until the new page has loaded.
	 * Waiting for the old element to go stale raced with Chromium detaching it ("node
	 * does not belong to the document"); a mark on the old window object cannot race.
	 */
	static void clickAndAwaitNewPage(WebDriver driver, WebElement element) {
		JavascriptExecutor script = (JavascriptExecutor) driver;
		script.executeScript("window.mamoriOldPage = true;");
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
			.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
				.executeScript("return window.mamoriOldPage === undefined && document.readyState === 'complete';")));
	}

}
