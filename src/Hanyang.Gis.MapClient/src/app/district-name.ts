// The name of the district the server serves (the district layer's `name`): the page title, the map PNG's
// footer and its file name follow it, so a new district (`hanyang district init`) is not labelled 汉阳区.
let current = '汉阳区';

/** The district's name (汉阳区 until the district layer has loaded). */
export function districtName(): string {
  return current;
}

/** Takes the name from the loaded district layer and puts it in the page title and heading. */
export function setDistrictName(name: string | undefined): void {
  const trimmed = name?.trim();
  if (!trimmed) return;
  current = trimmed;
  document.title = `${trimmed}空间规划一张图 · Hanyang.Gis`;
  const heading = document.querySelector('header.topbar h1');
  if (heading) heading.textContent = `${trimmed}空间规划一张图`;
}
