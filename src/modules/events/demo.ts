export async function loadEventsDemo() {}
