// Kiosk images: swipe between them, tap to open the deep-zoom viewer (pinch, double-tap).
