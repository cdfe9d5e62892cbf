/**
 * React Aria's usePress injects an inline <style> for `touch-action` unless an element with this id
 * already exists. Our Content-Security-Policy forbids inline styles, so base.css carries that rule
 * and this marker tells React Aria not to inject its own.
 */
export function claimReactAriaPressableStyle(): void {
  if (document.getElementById('react-aria-pressable-style')) return;
  const marker = document.createElement('meta');
  marker.id = 'react-aria-pressable-style';
  document.head.append(marker);
}
